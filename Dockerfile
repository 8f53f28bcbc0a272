# One image for every wirefeed stage: docker compose runs it as ingest, enrich, sink and monitor.
# The build and runtime images are build arguments whose defaults are the public images; tools/build-images passes
# the stand-ins it builds from Debian packages where no registry answers. The Maven cache mount needs BuildKit
# (Docker's default builder since 23.0; DOCKER_BUILDKIT=1 before that).
ARG BUILD_IMAGE=maven:3.9-eclipse-temurin-17
ARG RUNTIME_IMAGE=eclipse-temurin:17-jre

FROM ${BUILD_IMAGE} AS build
WORKDIR /src
COPY . .
# the tests run outside the image (./mvnw verify); only main code is compiled and packaged
RUN --mount=type=cache,target=/root/.m2 mvn -B -ntp -Dmaven.test.skip=true package

FROM ${RUNTIME_IMAGE}
WORKDIR /opt/wirefeed
COPY --from=build /src/app/target/wirefeed.jar /opt/wirefeed/wirefeed.jar
COPY --from=build /src/app/target/lib /opt/wirefeed/lib
ENTRYPOINT ["java", "-jar", "/opt/wirefeed/wirefeed.jar"]
CMD ["--help"]
