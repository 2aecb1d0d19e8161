# syntax=docker/dockerfile:1
# dify-export container image (SPEC §12): build with dev dependencies, ship production ones only.
#   docker build -t dify-export:0.1.0 .
#   docker run --rm -v dify-export-state:/var/lib/dify-export --env-file dify-export.env dify-export:0.1.0
# Pin NODE_IMAGE to a digest for reproducible builds.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /src
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund --ignore-scripts
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    STATE_DIR=/var/lib/dify-export
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund --ignore-scripts \
 && npm cache clean --force \
 && mkdir -p /var/lib/dify-export \
 && chown 1000:1000 /var/lib/dify-export \
 && chmod 0700 /var/lib/dify-export
COPY --from=build /src/dist ./dist
COPY bin ./bin
# The image's `node` user, by number so Kubernetes' runAsNonRoot can check it without /etc/passwd.
USER 1000:1000
# state.json, the lock and the spool: mount a persistent volume here or every run starts over.
VOLUME ["/var/lib/dify-export"]
# Heap bounds, the same as bin/dify-export.js's shebang (SPEC §14 peak RSS); override with -e.
ENV NODE_OPTIONS="--max-old-space-size=128 --max-semi-space-size=4"
# Exec form: node is PID 1 and receives SIGTERM itself, which starts the graceful shutdown (SPEC §10).
ENTRYPOINT ["node", "/app/bin/dify-export.js"]
CMD ["export"]
