import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from '../gql';

// Documents of the tasks page (the managers subgraph's tasks; customers' names from the customers
// subgraph through the gateway); every type is generated or derived with ResultOf.
export type { TaskFilter, TaskKind, CreateTaskInput } from '../gql/graphql';

export const TaskFields = graphql(`
  fragment ManagerTask on Task {
    id
    kind
    title
    note
    dueOn
    status
    overdue
    completedAt
    outcome
    source
    customer {
      id
      name
      customerNo
    }
    version
  }
`);
export type TaskRow = ResultOf<typeof TaskFields>;

/** One list of the manager's own tasks: open ones first, soonest due first; closed ones latest first. */
export const TasksQuery = graphql(`
  query ManagerTasks($id: ID!, $page: PageInput, $filter: TaskFilter) {
    customerManager(id: $id) {
      id
      tasks(page: $page, filter: $filter) {
        total
        page
        pageSize
        items {
          ...ManagerTask
        }
      }
    }
  }
`);
export type TasksVariables = VariablesOf<typeof TasksQuery>;
export type TasksPage = ResultOf<typeof TasksQuery>['customerManager']['tasks'];

/** Open, due today, overdue (the subgraph's Beijing calendar). */
export const TaskSummaryQuery = graphql(`
  query ManagerTaskSummary($id: ID!) {
    customerManager(id: $id) {
      id
      taskSummary {
        open
        dueToday
        overdue
      }
    }
  }
`);

export const CompleteTaskMutation = graphql(`
  mutation ManagerCompleteTask($id: ID!, $version: Int!, $outcome: String!) {
    completeTask(id: $id, version: $version, outcome: $outcome) {
      ...ManagerTask
    }
  }
`);

export const RescheduleTaskMutation = graphql(`
  mutation ManagerRescheduleTask($id: ID!, $version: Int!, $dueOn: String!) {
    rescheduleTask(id: $id, version: $version, dueOn: $dueOn) {
      ...ManagerTask
    }
  }
`);

export const CreateTaskMutation = graphql(`
  mutation ManagerCreateTask($input: CreateTaskInput!) {
    createTask(input: $input) {
      ...ManagerTask
    }
  }
`);

/** The manager's own customers matching a search (name, customer number …), for the task form's customer. */
export const CustomerPickQuery = graphql(`
  query ManagerCustomerPick($search: String!, $managerId: ID!) {
    customers(filter: { search: $search, managerIds: [$managerId] }, page: { page: 1, pageSize: 20 }) {
      items {
        id
        name
        customerNo
      }
    }
  }
`);
export type PickedCustomer = ResultOf<typeof CustomerPickQuery>['customers']['items'][number];
