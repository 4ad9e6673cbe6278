# Plumbline's container image: `docker build -t plumbline .`, then
# `docker run --rm -v "$PWD:/src" plumbline` lints the current directory.

FROM maven:3.9.9-eclipse-temurin-17 AS build
WORKDIR /build
COPY . .
RUN mvn -B -q package -DskipTests -pl cli -am

FROM eclipse-temurin:17.0.13_11-jre-alpine
RUN addgroup -S plumbline && adduser -S -G plumbline -h /home/plumbline plumbline
COPY --from=build /build/cli/target/plumbline.jar /opt/plumbline/lib/plumbline.jar
COPY bin/plumbline /opt/plumbline/bin/plumbline
ENV PATH=/opt/plumbline/bin:$PATH
USER plumbline
WORKDIR /src
ENTRYPOINT ["/opt/plumbline/bin/plumbline"]
