// What a process at the edge of the graph (the gateway) needs from the kit: verifying staff tokens,
// logging, stopping cleanly. A separate entry so the gateway loads no ORM, no type-graphql and no
// entity class: it knows the subgraphs only by their published schema files.
export * from './auth/token';
export * from './log';
export * from './lifecycle';
