import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Account } from '../accounts/account.model';
import { AccountsService } from '../accounts/accounts.service';
import { ChangeOwnPasswordArgs, LoginArgs, SetPasswordArgs } from '../accounts/dto/account.inputs';
import { RequestContext } from '../database/request-context';
import { clientIp, type HttpGraphQLContext } from './http-context';
import { LoginService } from './login.service';
import { PasswordService } from './password.service';
import { Policy } from './policy.decorator';
import type { Principal } from './principal';
import { clearSessionCookie, setSessionCookie } from './session-cookie';
import { SessionStore } from './session.store';

const principal = (): Principal => {
  const p = RequestContext.current().principal;
  if (!p) throw new Error('session.self policy without a principal');
  return p;
};

/** Sign-in, sign-out and the signed-in account's own data. */
@Resolver()
export class AuthResolver {
  constructor(
    private readonly logins: LoginService,
    private readonly sessions: SessionStore,
    private readonly passwords: PasswordService,
    private readonly accounts: AccountsService,
  ) {}

  @Mutation(() => Account, {
    description:
      'Signs in and sets the HttpOnly session cookie. Any failure is LOGIN_FAILED with one generic ' +
      'message; too many failures (per e-mail and per IP) give LOGIN_THROTTLED.',
  })
  @Policy('public')
  async login(@Args() { email, password }: LoginArgs, @Context() { req, res }: HttpGraphQLContext): Promise<Account> {
    const { accountId, token } = await this.logins.login(email, password, clientIp(req), req.headers['user-agent']);
    setSessionCookie(req, res, token);
    return this.accounts.get(accountId);
  }

  @Mutation(() => Boolean, { description: 'Ends the current session and clears the cookie.' })
  @Policy('session.self')
  async logout(@Context() { req, res }: HttpGraphQLContext): Promise<boolean> {
    await this.sessions.end(principal().sessionId);
    clearSessionCookie(req, res);
    return true;
  }

  @Query(() => Account, { description: 'The signed-in account (UNAUTHENTICATED without a session).' })
  @Policy('session.self')
  me(): Promise<Account> {
    return this.accounts.get(principal().accountId);
  }

  @Mutation(() => Boolean, {
    description: 'Sets a password with a one-time token from createAccount/resetPassword; ends all sessions.',
  })
  @Policy('public')
  async setPassword(@Args() { token, password }: SetPasswordArgs): Promise<boolean> {
    await this.passwords.setWithToken(token, password);
    return true;
  }

  @Mutation(() => Boolean, { description: 'Changes the own password; other sessions of the account end.' })
  @Policy('session.self')
  async changeOwnPassword(
    @Args() { currentPassword, newPassword }: ChangeOwnPasswordArgs,
    @Context() { req }: HttpGraphQLContext,
  ): Promise<boolean> {
    await this.passwords.changeOwn(principal(), currentPassword, newPassword, clientIp(req));
    return true;
  }
}
