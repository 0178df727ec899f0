import { gql } from 'urql';

export const CreateCustomerMutation = gql`
  mutation OutletCreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) { id customerNo name }
  }
`;
export const RecordInteractionMutation = gql`
  mutation OutletRecordInteraction($input: RecordInteractionInput!) {
    recordInteraction(input: $input) { id }
  }
`;
export const CaptureNeedMutation = gql`
  mutation OutletCaptureNeed($input: CaptureNeedInput!) {
    captureNeed(input: $input) { id }
  }
`;
export const OpenServiceCaseMutation = gql`
  mutation OutletOpenServiceCase($input: OpenServiceCaseInput!) {
    openServiceCase(input: $input) { id caseNo }
  }
`;
export const RecordSurveyMutation = gql`
  mutation OutletRecordSurvey($input: RecordSurveyInput!) {
    recordSurvey(input: $input) { id }
  }
`;
