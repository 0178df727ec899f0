import { isolationSuite } from './isolation';

isolationSuite('beta');
