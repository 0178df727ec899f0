import { configure } from '@testing-library/dom';

// findBy*/waitFor give up after 1 s by default; antd under happy-dom on a busy 2-core CI machine
// can take longer to settle. A condition is still what the tests wait on — just with more patience.
configure({ asyncUtilTimeout: 5_000 });
