import { gql } from 'urql';

export type CustomerKind = 'INDIVIDUAL' | 'CORPORATE';
export type CustomerStatus = 'ACTIVE' | 'DORMANT' | 'CLOSED' | 'MERGED';

export interface CustomerFilter { search?: string; kind?: CustomerKind }
export interface PageInput { page: number; pageSize: number }

export interface CustomerRow {
  id: string;
  customerNo: string;
  kind: CustomerKind;
  name: string;
  idNumber: string;
  phone: string | null;
  status: CustomerStatus;
  homeOrgUnit: { id: string; name: string; nameEn: string | null };
}

export interface CustomerListData { customers: { items: CustomerRow[]; total: number; page: number; pageSize: number } }
export interface CustomerListVars { filter: CustomerFilter; page: PageInput }

export const CustomerListQuery = gql`
  query OutletCustomerList($filter: CustomerFilter, $page: PageInput) {
    customers(filter: $filter, page: $page) {
      total
      page
      pageSize
      items {
        id
        customerNo
        kind
        name
        idNumber
        phone
        status
        homeOrgUnit { id name nameEn }
      }
    }
  }
`;

export interface CustomerCounts { total: number; individual: number; corporate: number; active: number; dormant: number; closed: number }
export interface CustomerCountsData { customerCounts: CustomerCounts }
export interface CustomerCountsVars { filter: CustomerFilter }

export const CustomerCountsQuery = gql`
  query OutletCustomerCounts($filter: CustomerFilter) {
    customerCounts(filter: $filter) { total individual corporate active dormant closed }
  }
`;

export { PAGE_SIZES } from '@crm/ui-kit';
