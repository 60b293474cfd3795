import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { PasswordTokens } from '../accounts/password-tokens';
import { auditAccount } from '../audit/account-audit';
import { AppError, invalidInput } from '../common/errors';
import { THROTTLE_PER_ACCOUNT, THROTTLE_WINDOW_MINUTES } from './auth.constants';
import { ownerTransaction } from './owner-db';
import { checkPasswordRules, hashPassword, verifyPassword } from './passwords';
import type { Principal } from './principal';
import { SessionStore } from './session.store';

@Injectable()
export class PasswordService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
    private readonly tokens: PasswordTokens,
  ) {}

  /** Sets the password through a one-time link; ends every session of the account. */
  async setWithToken(token: string, password: string): Promise<void> {
    checkPasswordRules(password);
    const hash = await hashPassword(password);
    const accountId = await ownerTransaction(this.dataSource, async (query) => {
      const accountId = await this.tokens.consume(query, token);
      if (!accountId) {
        throw new AppError(
          'This link is invalid, already used or expired. Ask an administrator for a new one.',
          'INVALID_TOKEN',
        );
      }
      await query(`UPDATE account SET password_hash = $2 WHERE id = $1`, [accountId, hash]);
      await this.sessions.endAllOf(query, accountId);
      // No session here: the token proves who acts, so the account is its own actor.
      await auditAccount(query, 'PASSWORD_SET', null, null, { accountId, actor: { accountId, accountName: null } });
      return accountId;
    });
    this.sessions.forgetAccount(accountId);
  }

  /** Changes the signed-in account's password; its other sessions end, this one stays. */
  async changeOwn(principal: Principal, current: string, next: string, ip: string): Promise<void> {
    checkPasswordRules(next, 'newPassword');
    const hash = await hashPassword(next);
    const outcome = await ownerTransaction(this.dataSource, async (query) => {
      // Guessing the current password from a hijacked session counts against the login throttle.
      const [{ failures }] = await query<{ failures: number }>(
        `SELECT count(*)::int AS failures FROM login_attempt
         WHERE lower(email) = lower($1) AND NOT succeeded AND at > now() - make_interval(mins => $2)`,
        [principal.email, THROTTLE_WINDOW_MINUTES],
      );
      if (failures >= THROTTLE_PER_ACCOUNT) return 'throttled' as const;
      const [row] = await query<{ password_hash: string | null }>(
        `SELECT password_hash FROM account WHERE id = $1 FOR UPDATE`,
        [principal.accountId],
      );
      if (!(await verifyPassword(row?.password_hash ?? null, current))) {
        await query(`INSERT INTO login_attempt (email, ip, succeeded) VALUES (lower($1), $2, false)`, [
          principal.email,
          ip,
        ]);
        return 'wrong' as const;
      }
      await query(`UPDATE account SET password_hash = $2 WHERE id = $1`, [principal.accountId, hash]);
      await this.sessions.endAllOf(query, principal.accountId, principal.sessionId);
      await auditAccount(query, 'PASSWORD_SET', null, null, { accountId: principal.accountId });
      return 'ok' as const;
    });
    if (outcome === 'ok') this.sessions.forgetAccount(principal.accountId);
    if (outcome === 'throttled') {
      throw new AppError('Too many failed attempts. Please wait and try again.', 'LOGIN_THROTTLED', {
        retryAfterMinutes: THROTTLE_WINDOW_MINUTES,
      });
    }
    if (outcome === 'wrong') throw invalidInput([{ field: 'currentPassword', message: 'is not correct' }]);
  }
}
