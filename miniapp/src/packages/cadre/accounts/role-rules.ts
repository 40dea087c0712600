// The server's rules for who may invite and disable whom, shared so the choices offered here are
// exactly those the server accepts (the server decides).
export { invitableRoles, outranks, ROLE_LEVEL } from '@hulei/shared';
