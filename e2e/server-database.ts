// Edits of the mytoken server's own database, for what no API can make on a fresh stack: a token
// that is months old. The server takes a token's age and history from these rows alone (the list's
// `created`, the history's event times), so moving them back is the token growing old, seen by
// every API alike. Only rows of the token named by its mom_id change, so tests running beside
// each other (each with a user of its own) do not interfere.
import { stackConfig } from '../stack/config'
import { runSqlAsRoot } from '../stack/mariadb'

const DATABASE = stackConfig.mariadb.database

/** mom_ids are base64 digests (SHA-512 of the token's id): no character needs quoting in SQL. */
function checkedMomId(momId: string): string {
  if (!/^[A-Za-z0-9+/=_-]{16,256}$/.test(momId)) throw new Error(`not a mom_id: ${momId}`)
  return momId
}

/**
 * Moves a token's creation and every event of its history `days` days into the past: `MTokens`
 * (`created`, `last_rotated`) and `MT_Events` (`time`), the rows `list_mytokens` and
 * `event_history` read (schema: the server's internal/db/dbmigrate/scripts). Its expiry stays.
 */
export async function backdateToken(momId: string, days: number): Promise<void> {
  if (!Number.isInteger(days) || days <= 0) throw new Error(`days must be a whole number > 0`)
  const id = checkedMomId(momId)
  const interval = `INTERVAL ${days} DAY`
  const output = await runSqlAsRoot(`
    USE \`${DATABASE}\`;
    UPDATE MTokens SET created = created - ${interval}, last_rotated = last_rotated - ${interval}
      WHERE id = '${id}';
    SELECT ROW_COUNT() AS tokens;
    UPDATE MT_Events SET time = time - ${interval} WHERE MT_id = '${id}';
  `)
  if (!/^tokens\s+1$/m.test(output)) throw new Error(`no token ${momId} in the database: ${output}`)
}
