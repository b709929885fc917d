// Storage of the local OP: plain in-memory maps with expiry, one store per provider instance.
// oidc-provider's built-in development adapter is an LRU of 1000 entries, which long test or
// benchmark runs would overflow (evicting refresh tokens the mytoken server still holds).
type Payload = Record<string, unknown> & {
  grantId?: string
  uid?: string
  userCode?: string
  consumed?: number
}

interface Entry {
  payload: Payload
  expiresAt: number
}

/** models whose entries die with their grant (revokeByGrantId) */
const grantable = new Set([
  'AccessToken',
  'AuthorizationCode',
  'RefreshToken',
  'DeviceCode',
  'BackchannelAuthenticationRequest',
  'PreAuthorizedCode',
])

class Store {
  readonly entries = new Map<string, Entry>()
  readonly keysByGrant = new Map<string, Set<string>>()
  readonly idBySessionUid = new Map<string, string>()
  readonly idByUserCode = new Map<string, string>()

  sweep(): void {
    const now = Date.now()
    for (const [key, entry] of this.entries) if (entry.expiresAt <= now) this.entries.delete(key)
    for (const [grantId, keys] of this.keysByGrant) {
      for (const key of keys) if (!this.entries.has(key)) keys.delete(key)
      if (keys.size === 0) this.keysByGrant.delete(grantId)
    }
  }
}

class MemoryAdapter {
  constructor(
    private readonly model: string,
    private readonly store: Store,
    private readonly toleranceMs: number,
  ) {}

  private key(id: string): string {
    return `${this.model}:${id}`
  }

  async upsert(id: string, payload: Payload, expiresIn?: number): Promise<void> {
    const key = this.key(id)
    const expiresAt =
      typeof expiresIn === 'number'
        ? Date.now() + expiresIn * 1000 + this.toleranceMs
        : Number.POSITIVE_INFINITY
    this.store.entries.set(key, { payload, expiresAt })
    if (grantable.has(this.model) && payload.grantId) {
      const keys = this.store.keysByGrant.get(payload.grantId) ?? new Set<string>()
      keys.add(key)
      this.store.keysByGrant.set(payload.grantId, keys)
    }
    if (this.model === 'Session' && payload.uid) this.store.idBySessionUid.set(payload.uid, id)
    if (payload.userCode) this.store.idByUserCode.set(payload.userCode, id)
  }

  async find(id: string): Promise<Payload | undefined> {
    const key = this.key(id)
    const entry = this.store.entries.get(key)
    if (!entry) return undefined
    if (entry.expiresAt <= Date.now()) {
      this.store.entries.delete(key)
      return undefined
    }
    return entry.payload
  }

  async findByUid(uid: string): Promise<Payload | undefined> {
    const id = this.store.idBySessionUid.get(uid)
    return id === undefined ? undefined : this.find(id)
  }

  async findByUserCode(userCode: string): Promise<Payload | undefined> {
    const id = this.store.idByUserCode.get(userCode)
    return id === undefined ? undefined : this.find(id)
  }

  async consume(id: string): Promise<void> {
    const entry = this.store.entries.get(this.key(id))
    if (entry) entry.payload.consumed = Math.floor(Date.now() / 1000)
  }

  async destroy(id: string): Promise<void> {
    const key = this.key(id)
    const payload = this.store.entries.get(key)?.payload
    this.store.entries.delete(key)
    if (payload?.uid && this.store.idBySessionUid.get(payload.uid) === id)
      this.store.idBySessionUid.delete(payload.uid)
    if (payload?.userCode && this.store.idByUserCode.get(payload.userCode) === id) {
      this.store.idByUserCode.delete(payload.userCode)
    }
  }

  async revokeByGrantId(grantId: string): Promise<void> {
    for (const key of this.store.keysByGrant.get(grantId) ?? []) this.store.entries.delete(key)
    this.store.keysByGrant.delete(grantId)
  }
}

/** An adapter factory for one provider; `dispose()` stops its expiry sweeper and drops everything. */
export function createMemoryAdapter(clockToleranceSeconds = 15) {
  const store = new Store()
  const sweeper = setInterval(() => store.sweep(), 60_000)
  sweeper.unref()
  const factory = (model: string) => new MemoryAdapter(model, store, clockToleranceSeconds * 1000)
  return Object.assign(factory, {
    dispose() {
      clearInterval(sweeper)
      store.entries.clear()
    },
  })
}
