/** The page sizes every server-paged table offers. */
export const PAGE_SIZES = [10, 20, 50, 100] as const;

export interface Paging {
  page: number;
  pageSize: number;
}

/**
 * antd Table pagination for a list paged on the server: the same page sizes everywhere, and back to
 * page 1 when the page size changes (the old page number may no longer exist).
 */
export function serverPagination(
  paging: Paging,
  total: number,
  onChange: (next: Paging) => void,
  t: (key: string, vars: Record<string, number>) => string,
) {
  return {
    current: paging.page,
    pageSize: paging.pageSize,
    total,
    showSizeChanger: true,
    pageSizeOptions: PAGE_SIZES.map(String),
    showTotal: (all: number, [from, to]: [number, number]) => t('pagination', { from, to, total: all }),
    onChange: (page: number, pageSize: number) => onChange({ page: pageSize !== paging.pageSize ? 1 : page, pageSize }),
  };
}
