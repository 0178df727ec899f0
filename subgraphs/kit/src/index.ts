import 'reflect-metadata';

export * from './auth/password';
export * from './auth/token';
export * from './context';
export * from './errors';
export * from './loaders';
export * from './log';
export * from './metrics';
export * from './orm';
export * from './paging';
export * from './schema';
export * from './scope';
export * from './server';
export * from './subgraph';
export * from './entity';
export * from './ids';
export * from './mask';
