import { isolationSuite } from './isolation';

isolationSuite('alpha');
