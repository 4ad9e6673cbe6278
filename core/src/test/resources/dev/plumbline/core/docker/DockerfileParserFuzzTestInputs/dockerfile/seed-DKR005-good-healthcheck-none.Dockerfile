# HEALTHCHECK NONE records that the orchestrator probes the service.
FROM python:3.12-slim@sha256:11a4a60b518bf24989d481468076e5d5982884626aed9faeb35b8576fcd223e1 AS runtime
COPY app /srv/app
EXPOSE 8000
USER 10001
HEALTHCHECK NONE

FROM runtime AS production
ENTRYPOINT ["python", "-m", "app"]
