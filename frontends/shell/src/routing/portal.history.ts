// Navigation is the UI kit's (navigateTo / useLocationPath: the History API plus a popstate event that
// the shell and every remote listen to); what is the shell's own is which remote owns a path.

/** Which manifest route owns the path: "/outlet/customers/1" belongs to "/outlet". */
export function routeOwns(route: string, path: string) {
  const r = route.replace(/\/+$/, '');
  return path === r || path.startsWith(`${r}/`);
}
