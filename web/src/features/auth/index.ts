export { LoginPage } from './components/login-page';
export { MyAccountPage } from './components/my-account-page';
export { SetPasswordPage } from './components/set-password-page';
