import { defineConfig } from 'vite';
import { remoteViteConfig } from '@crm/ui-kit/vite-remote';

export default defineConfig(
  remoteViteConfig({
    name: 'training',
    exposes: { './TrainingApp': './src/training.app.tsx' },
    portEnv: 'TRAINING_PORT',
    defaultPort: 5005,
    publicUrlEnv: 'TRAINING_PUBLIC_URL',
  }),
);
