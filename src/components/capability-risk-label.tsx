import { useLanguage } from '@/lib/i18n/i18n'
import { capabilityRisk, describeRisk } from '@/lib/mytoken/vocabulary/capabilities'

/** The risk level of a capability in words, the same on every page ("(very powerful)"). */
export function CapabilityRiskLabel({ capability }: { capability: string }) {
  const { language } = useLanguage()
  const risk = capabilityRisk(capability)
  return <span className={`risk risk-${risk ?? 'unknown'}`}>({describeRisk(risk, language)})</span>
}
