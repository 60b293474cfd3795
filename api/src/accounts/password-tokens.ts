import { Injectable } from '@nestjs/common';
import { PASSWORD_TOKEN_HOURS } from '../auth/auth.constants';
import type { OwnerQuery } from '../auth/owner-db';
import { hashToken, isTokenShaped, newToken } from '../auth/session-cookie';
import type { SetPasswordToken } from './account.model';

/** One-time set-password tokens; like sessions, only their sha256 is stored. */
@Injectable()
export class PasswordTokens {
  /** Replaces any earlier token of the account: only the newest link works. */
  async issue(query: OwnerQuery, accountId: string): Promise<SetPasswordToken> {
    const { token, hash } = newToken();
    await query(`DELETE FROM password_token WHERE account_id = $1 OR expires_at < now()`, [accountId]);
    const [{ expires_at }] = await query<{ expires_at: Date }>(
      `INSERT INTO password_token (id, account_id, expires_at) VALUES ($1, $2, now() + make_interval(hours => $3))
       RETURNING expires_at`,
      [hash, accountId, PASSWORD_TOKEN_HOURS],
    );
    return { token, expiresAt: expires_at };
  }

  /** Uses up a token; returns its (active) account, or null when unknown, expired or used. */
  async consume(query: OwnerQuery, token: string): Promise<string | null> {
    if (!isTokenShaped(token)) return null;
    const rows = await query<{ account_id: string }>(
      `DELETE FROM password_token t USING account a
       WHERE t.id = $1 AND a.id = t.account_id AND a.active AND t.expires_at > now()
       RETURNING t.account_id`,
      [hashToken(token)],
    );
    return rows[0]?.account_id ?? null;
  }
}
