import i18next from 'i18next';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn'; // loaded once, here in the shell; remotes share this dayjs
// the kit's light entry: the login page shows before the kit (antd) has loaded
import { addPortalNamespace, initPortalI18n, isPortalLanguage, type NamespaceResources, type PortalLanguage } from '@crm/ui-kit/light';

export const SHELL_NS = 'shell';

const shellStrings: NamespaceResources = {
  'zh-CN': {
    bankName: '商业银行客户关系管理系统',
    loginTitle: '员工登录',
    username: '用户名',
    password: '密码',
    usernameRequired: '请输入用户名',
    passwordRequired: '请输入密码',
    signIn: '登录',
    signingIn: '正在登录…',
    language: '界面语言',
    signOut: '退出',
    loginFailed: '登录失败',
    home: '欢迎使用客户关系管理系统',
    noRemotes: '您的岗位暂未开通任何功能模块',
    manifestFailed: '无法加载功能模块清单',
    retry: '重试',
    remoteUnavailable: '“{{name}}”模块暂时无法使用',
    loading: '加载中…',
    notFound: '页面不存在',
    mainNav: '主导航',
  },
  en: {
    bankName: 'Bank CRM',
    loginTitle: 'Staff sign-in',
    username: 'Username',
    password: 'Password',
    usernameRequired: 'Please enter your username',
    passwordRequired: 'Please enter your password',
    signIn: 'Sign in',
    signingIn: 'Signing in…',
    language: 'Language',
    signOut: 'Sign out',
    loginFailed: 'Sign-in failed',
    home: 'Welcome to the customer relationship management portal',
    noRemotes: 'No modules are enabled for your position yet',
    manifestFailed: 'Could not load the module list',
    retry: 'Retry',
    remoteUnavailable: 'The “{{name}}” module is unavailable right now',
    loading: 'Loading…',
    notFound: 'Page not found',
    mainNav: 'Main navigation',
  },
};

const LANG_KEY = 'bank-crm.lang';

function applyDayjs(lng: string) {
  dayjs.locale(lng === 'en' ? 'en' : 'zh-cn');
}

/** The shell is the only app that initialises i18next; remotes add namespaces to this instance. */
export function setupShellI18n() {
  const saved = typeof localStorage !== 'undefined' ? localStorage.getItem(LANG_KEY) : null;
  initPortalI18n(isPortalLanguage(saved) ? saved : 'zh-CN');
  addPortalNamespace(SHELL_NS, shellStrings);
  applyDayjs(i18next.language);
  i18next.on('languageChanged', (lng) => {
    applyDayjs(lng);
    document.documentElement.lang = lng;
    try {
      localStorage.setItem(LANG_KEY, lng);
    } catch {
      /* private mode */
    }
  });
}

export function switchLanguage(lng: PortalLanguage) {
  return i18next.changeLanguage(lng);
}
