import { Migration } from '@mikro-orm/migrations';

/**
 * Contacts for the customer-manager system: a manager's ledger shows each customer's last contact
 * and next step, and a next step becomes the manager's task. The summary and outcome stay private
 * (free text about the customer); the next step is what the manager wrote for themselves to do.
 */
export class PublishedInteraction0009 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create view customers_api.interaction as
      select id, customer_id, staff_id, org_unit_id, channel, occurred_at, next_step, next_step_due
      from customers.interaction`);
    // the ledger asks for the latest contact of a page of customers; interaction_customer
    // (customer_id, occurred_at desc) already serves it
  }

  override async down(): Promise<void> {
    this.addSql('drop view customers_api.interaction');
  }
}
