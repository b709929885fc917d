import { useId } from 'react'
import { CapabilityRiskLabel } from '@/components/capability-risk-label'
import { FieldError } from '@/components/ui/field'
import { useLanguage, useMessages } from '@/lib/i18n/i18n'
import {
  capabilityTree,
  describeCapability,
  grants,
  isKnownCapability,
  type CapabilityNode,
} from '@/lib/mytoken/vocabulary/capabilities'
import { capabilityMessages } from '../messages'
import { useValidationMessage } from '../use-validation-message'

/** The server's capability tree as checkboxes; a ticked parent includes its children. */
export function CapabilityTree({
  value,
  onChange,
  error,
}: {
  value: string[]
  onChange: (next: string[]) => void
  error?: string | undefined
}) {
  const t = useMessages(capabilityMessages)
  const message = useValidationMessage()
  const { language } = useLanguage()
  const hintId = useId()
  const errorId = useId()
  const impliedBy = (name: string) => value.find((held) => held !== name && grants(held, name))

  const toggle = (name: string, on: boolean) => {
    if (on) onChange([...value.filter((held) => !grants(name, held)), name])
    else onChange(value.filter((held) => held !== name))
  }

  const box = (name: string) => {
    const implied = impliedBy(name)
    const checked = value.includes(name) || implied !== undefined
    return (
      <label className="check">
        <input
          type="checkbox"
          checked={checked}
          disabled={implied !== undefined && !value.includes(name)}
          onChange={(event) => toggle(name, event.target.checked)}
        />
        <span>
          <code>{name}</code> {describeCapability(name, language)}{' '}
          <CapabilityRiskLabel capability={name} />
          {implied !== undefined && !value.includes(name) ? (
            <span className="hint"> — {t('included')}</span>
          ) : null}
        </span>
      </label>
    )
  }

  const renderNode = (node: CapabilityNode) => (
    <li key={node.name}>
      {box(node.name)}
      {node.read ? <div className="check-variant">{box(`read@${node.name}`)}</div> : null}
      {node.children ? <ul className="tree">{node.children.map(renderNode)}</ul> : null}
    </li>
  )

  const unknown = value.filter((name) => !isKnownCapability(name))

  return (
    <fieldset
      className="fieldset"
      aria-describedby={`${hintId}${error ? ` ${errorId}` : ''}`}
      aria-invalid={error ? true : undefined}
    >
      <legend>{t('legend')}</legend>
      <p id={hintId} className="hint">
        {t('hint')}
      </p>
      <ul className="tree tree-root">
        {capabilityTree.map(renderNode)}
        {unknown.map((name) => (
          <li key={name}>
            <label className="check">
              <input type="checkbox" checked onChange={() => toggle(name, false)} />
              <span className="mono">{name} (?)</span>
            </label>
          </li>
        ))}
      </ul>
      <FieldError id={errorId} message={message(error)} />
    </fieldset>
  )
}
