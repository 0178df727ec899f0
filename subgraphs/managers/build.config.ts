import { serviceBuildConfig } from '@crm/kit/build';

export default serviceBuildConfig({ root: import.meta.dirname });
