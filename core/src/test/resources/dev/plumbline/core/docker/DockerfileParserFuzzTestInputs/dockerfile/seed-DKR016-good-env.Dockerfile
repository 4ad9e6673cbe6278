# PIP_NO_CACHE_DIR set by ENV in a stage the final one builds on.
FROM python:3.12-slim@sha256:11a4a60b518bf24989d481468076e5d5982884626aed9faeb35b8576fcd223e1 AS base
ENV PIP_NO_CACHE_DIR=1 PIP_DISABLE_PIP_VERSION_CHECK=1

FROM base
RUN pip install gunicorn==22.0.0
