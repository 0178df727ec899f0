# syntax=docker/dockerfile:1
#
# The portal: the shell (host) and the remotes (outlet, head-office, branch, manager, training), built with vite and served by nginx.
#
#   docker build -f infra/docker/portal.Dockerfile \
#     --build-arg PUBLIC_ORIGIN=https://crm.bank.example \
#     -t registry.bank.example/bank-crm/portal:0.1.0 .
#   (build context = the repository root; BuildKit reads infra/docker/portal.Dockerfile.dockerignore)
#
# The outlet's public URL is baked into its chunks at build time (OUTLET_PUBLIC_URL = vite `base`),
# so the image is built per environment (per public origin). The outlet is served by the same nginx
# under /remotes/outlet/ — same origin as the shell, so no CORS. The gateway must then be given
#   PORTAL_REMOTE_OUTLET_ENTRY=${PUBLIC_ORIGIN}/remotes/outlet/remoteEntry.js
# (infra/k8s/configmap.yaml). A bank that deploys each remote on its own builds the outlet into
# its own image with the same recipe.
#
# NOT BUILT HERE: Docker (daemon) is not available on the machine these files were written on, so
# this file has never been built. Kept simple on purpose; build it once in CI before relying on it.

ARG NODE_IMAGE=node:24-bookworm-slim
ARG NGINX_IMAGE=nginxinc/nginx-unprivileged:1.27-alpine

FROM ${NODE_IMAGE} AS build
ARG PUBLIC_ORIGIN=https://crm.bank.example
ENV CI=true \
    PNPM_HOME=/pnpm \
    PATH=/pnpm:$PATH
RUN npm i -g pnpm@12.4.2 && pnpm --version
WORKDIR /app
COPY . .
RUN --mount=type=cache,id=pnpm-store,target=/pnpm/store \
    pnpm install --frozen-lockfile --store-dir /pnpm/store \
      --filter "@crm/shell..." \
      --filter "@crm/outlet..." \
      --filter "@crm/head-office..." \
      --filter "@crm/branch..." \
      --filter "@crm/manager..." \
      --filter "@crm/training..."
# NODE_ENV=production and no VITEST/TEST variables: under a test environment
# @module-federation/vite silently switches itself off (see infra/src/system/portal-build.ts).
# Remotes first, then the shell (same order as the local launcher).
RUN cd frontends/outlet \
 && NODE_ENV=production OUTLET_PUBLIC_URL="${PUBLIC_ORIGIN%/}/remotes/outlet/" node node_modules/vite/bin/vite.js build \
 && test -f dist/remoteEntry.js
RUN cd frontends/head-office \
 && NODE_ENV=production HEAD_OFFICE_PUBLIC_URL="${PUBLIC_ORIGIN%/}/remotes/head-office/" node node_modules/vite/bin/vite.js build \
 && test -f dist/remoteEntry.js
RUN cd frontends/branch \
 && NODE_ENV=production BRANCH_PUBLIC_URL="${PUBLIC_ORIGIN%/}/remotes/branch/" node node_modules/vite/bin/vite.js build \
 && test -f dist/remoteEntry.js
RUN cd frontends/manager \
 && NODE_ENV=production MANAGER_PUBLIC_URL="${PUBLIC_ORIGIN%/}/remotes/manager/" node node_modules/vite/bin/vite.js build \
 && test -f dist/remoteEntry.js
RUN cd frontends/training \
 && NODE_ENV=production TRAINING_PUBLIC_URL="${PUBLIC_ORIGIN%/}/remotes/training/" node node_modules/vite/bin/vite.js build \
 && test -f dist/remoteEntry.js
RUN cd frontends/shell \
 && NODE_ENV=production node node_modules/vite/bin/vite.js build \
 && test -f dist/index.html

FROM ${NGINX_IMAGE} AS runtime
# shell at /, each remote at /remotes/<name>/
COPY --from=build /app/frontends/shell/dist/ /usr/share/nginx/html/
COPY --from=build /app/frontends/outlet/dist/ /usr/share/nginx/html/remotes/outlet/
COPY --from=build /app/frontends/head-office/dist/ /usr/share/nginx/html/remotes/head-office/
COPY --from=build /app/frontends/branch/dist/ /usr/share/nginx/html/remotes/branch/
COPY --from=build /app/frontends/manager/dist/ /usr/share/nginx/html/remotes/manager/
COPY --from=build /app/frontends/training/dist/ /usr/share/nginx/html/remotes/training/
COPY infra/docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY infra/docker/proxy.inc /etc/nginx/conf.d/proxy.inc
# the base image already runs as uid 101 (nginx) and listens on 8080
USER 101
EXPOSE 8080
