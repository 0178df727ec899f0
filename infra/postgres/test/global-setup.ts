import { createGlobalSetup } from '../src/testing';
import { withClient } from '../src/databases';

// A trivial "migration": what the template holds is what every test database starts with.
export default createGlobalSetup({
  prepare: (templateUrl) =>
    withClient(templateUrl, async (client) => {
      await client.query('create table notes (id serial primary key, owner text not null)');
    }),
});
