import { Migration } from '@mikro-orm/migrations';

/**
 * Customer numbers for records made in the system (createCustomer, CSV import): C + at least nine
 * digits from a sequence that starts above every number already issued (seeded banks included).
 */
export class CustomerNumber0003 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`create sequence customers.customer_no_seq`);
    this.addSql(`select setval('customers.customer_no_seq',
      coalesce((select max(substr(customer_no, 2)::bigint) from customers.customer where customer_no ~ '^C[0-9]+$'), 0) + 1, false)`);
  }

  override async down(): Promise<void> {
    this.addSql('drop sequence customers.customer_no_seq');
  }
}
