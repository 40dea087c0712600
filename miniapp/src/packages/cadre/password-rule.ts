/** The server's rule for new passwords, said before the cadre types one. */
export const PASSWORD_RULE = '至少 8 位，要同时有字母和数字';

export function passwordProblem(password: string, confirm: string): string | undefined {
  if (password.length < 8 || !/[A-Za-z]/.test(password) || !/\d/.test(password)) return `新密码需${PASSWORD_RULE}`;
  if (password !== confirm) return '两次输入的新密码不一样';
  return undefined;
}
