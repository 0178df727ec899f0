import { graphql } from '../gql';

export const CreateCustomerMutation = graphql(`
  mutation OutletCreateCustomer($input: CreateCustomerInput!) {
    createCustomer(input: $input) {
      id
      customerNo
      name
    }
  }
`);
export const RecordInteractionMutation = graphql(`
  mutation OutletRecordInteraction($input: RecordInteractionInput!) {
    recordInteraction(input: $input) {
      id
    }
  }
`);
export const CaptureNeedMutation = graphql(`
  mutation OutletCaptureNeed($input: CaptureNeedInput!) {
    captureNeed(input: $input) {
      id
    }
  }
`);
export const OpenServiceCaseMutation = graphql(`
  mutation OutletOpenServiceCase($input: OpenServiceCaseInput!) {
    openServiceCase(input: $input) {
      id
      caseNo
    }
  }
`);
export const RecordSurveyMutation = graphql(`
  mutation OutletRecordSurvey($input: RecordSurveyInput!) {
    recordSurvey(input: $input) {
      id
    }
  }
`);
