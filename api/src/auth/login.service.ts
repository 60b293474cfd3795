import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AppError } from '../common/errors';
import { THROTTLE_PER_ACCOUNT, THROTTLE_PER_IP, THROTTLE_WINDOW_MINUTES } from './auth.constants';
import { ownerTransaction } from './owner-db';
import { verifyPassword } from './passwords';
import { SessionStore } from './session.store';

export interface LoginResult {
  accountId: string;
  token: string;
}

const failed = (): AppError =>
  // One message for unknown e-mail, wrong password and inactive account: nothing to enumerate.
  new AppError('Wrong e-mail or password.', 'LOGIN_FAILED');

/** Password sign-in with throttling per e-mail address and per client IP. */
@Injectable()
export class LoginService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sessions: SessionStore,
  ) {}

  async login(email: string, password: string, ip: string, userAgent: string | undefined): Promise<LoginResult> {
    const normalized = email.trim().toLowerCase().slice(0, 254);
    const outcome = await ownerTransaction(this.dataSource, async (query) => {
      // Serialises attempts on one address, so parallel guesses cannot overrun the limit.
      await query(`SELECT pg_advisory_xact_lock(hashtext('login:' || $1))`, [normalized]);
      const [counts] = await query<{ by_account: number; by_ip: number }>(
        `SELECT
           (SELECT count(*)::int FROM login_attempt
            WHERE lower(email) = $1 AND NOT succeeded AND at > now() - make_interval(mins => $3)
              AND at > coalesce((SELECT max(at) FROM login_attempt WHERE lower(email) = $1 AND succeeded),
                                '-infinity')) AS by_account,
           (SELECT count(*)::int FROM login_attempt
            WHERE ip = $2 AND NOT succeeded AND at > now() - make_interval(mins => $3)) AS by_ip`,
        [normalized, ip, THROTTLE_WINDOW_MINUTES],
      );
      if (counts.by_account >= THROTTLE_PER_ACCOUNT || counts.by_ip >= THROTTLE_PER_IP) return 'throttled' as const;

      const [account] = await query<{ id: string; password_hash: string | null; active: boolean }>(
        `SELECT id, password_hash, active FROM account WHERE lower(email) = $1`,
        [normalized],
      );
      const ok = (await verifyPassword(account?.password_hash ?? null, password)) && account?.active === true;
      await query(`INSERT INTO login_attempt (email, ip, succeeded) VALUES ($1, $2, $3)`, [normalized, ip, ok]);
      await query(`DELETE FROM login_attempt WHERE at < now() - interval '1 day'`);
      if (!ok || !account) return 'failed' as const;
      await query(`UPDATE account SET last_login_at = now() WHERE id = $1`, [account.id]);
      const token = await this.sessions.create(query, account.id, ip, userAgent);
      return { accountId: account.id, token };
    });
    if (outcome === 'throttled') {
      throw new AppError(
        `Too many failed sign-in attempts. Please wait ${THROTTLE_WINDOW_MINUTES} minutes and try again.`,
        'LOGIN_THROTTLED',
        { retryAfterMinutes: THROTTLE_WINDOW_MINUTES },
      );
    }
    if (outcome === 'failed') throw failed();
    return outcome;
  }
}
