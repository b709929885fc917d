import { expect, test } from 'vitest'
import { assessRisks } from './risk-check'
import { emptyClause, type CreateTokenValues } from './schema'

const now = 1_800_000_000
const values = (overrides: Partial<CreateTokenValues> = {}): CreateTokenValues => ({
  name: '',
  providerIssuer: 'https://op.example',
  capabilities: ['AT'],
  clauses: [{ ...emptyClause(), exp: '+7d', usagesAT: '10' }],
  rotation: { onAT: false, onOther: false, lifetime: '', autoRevoke: false },
  responseType: 'token',
  include: '',
  ...overrides,
})
const kinds = (v: CreateTokenValues) => assessRisks(v, now).map((r) => r.kind)

test('a short-lived, limited token has no risks', () => {
  expect(kinds(values())).toEqual([])
})

test('no expiry and unlimited uses are flagged, and the fixes set them', () => {
  const v = values({ clauses: [emptyClause()] })
  expect(kinds(v)).toEqual(['noExpiry', 'unlimitedUses', 'noRotationLongLived'])
  let fixed = v
  for (const risk of assessRisks(v, now).slice(0, 2)) fixed = risk.fix(fixed)
  expect(fixed.clauses[0]).toMatchObject({ exp: '+30d', usagesAT: '100' })
  expect(kinds(fixed)).toEqual([])
})

test('management capabilities usable from anywhere are flagged; the fix removes them', () => {
  const v = values({
    capabilities: ['AT', 'create_mytoken', 'manage_mytokens:revoke', 'read@settings'],
    clauses: [{ ...emptyClause(), exp: '+1d', usagesAT: '5', usagesOther: '5' }],
  })
  expect(kinds(v)).toEqual(['anywherePowerful'])
  const fix = assessRisks(v, now)[0]
  expect(fix?.fix(v).capabilities).toEqual(['AT', 'read@settings'])
  // restricted to hosts: no longer "from anywhere"
  expect(kinds({ ...v, clauses: [{ ...v.clauses[0]!, hosts: '10.0.0.0/8' }] })).toEqual([])
})

test('management capabilities without an other-usage limit count as unlimited uses', () => {
  const v = values({
    capabilities: ['manage_mytokens:list'],
    clauses: [{ ...emptyClause(), exp: '+1d', hosts: 'this' }],
  })
  expect(kinds(v)).toEqual(['unlimitedUses'])
  expect(assessRisks(v, now)[0]?.fix(v).clauses[0]?.usagesOther).toBe('50')
})

test('a long-lived token without rotation is flagged; the fix turns rotation on', () => {
  const v = values({ clauses: [{ ...emptyClause(), exp: '+90d', usagesAT: '10' }] })
  expect(kinds(v)).toEqual(['noRotationLongLived'])
  const fixed = assessRisks(v, now)[0]!.fix(v)
  expect(fixed.rotation).toEqual({ onAT: true, onOther: false, lifetime: '', autoRevoke: true })
  expect(kinds(fixed)).toEqual([])
  // 30 days exactly is not "long-lived"
  expect(kinds(values({ clauses: [{ ...emptyClause(), exp: '+30d', usagesAT: '1' }] }))).toEqual([])
})

test('the risk check reads what will be sent: 400 nines are no limit and no expiry past 9999', () => {
  const nines = '9'.repeat(400)
  expect(kinds(values({ clauses: [{ ...emptyClause(), exp: '+7d', usagesAT: nines }] }))).toEqual([
    'unlimitedUses',
  ])
  expect(
    kinds(values({ clauses: [{ ...emptyClause(), exp: '+999999y', usagesAT: '10' }] })),
  ).toEqual(['noExpiry', 'noRotationLongLived'])
})
