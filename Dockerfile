# One image for every wirefeed stage: docker compose runs it as ingest, enrich and sink.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY . .
RUN mvn -B -ntp -DskipTests package

FROM eclipse-temurin:17-jre
WORKDIR /opt/wirefeed
COPY --from=build /src/app/target/wirefeed.jar /opt/wirefeed/wirefeed.jar
COPY --from=build /src/app/target/lib /opt/wirefeed/lib
ENTRYPOINT ["java", "-jar", "/opt/wirefeed/wirefeed.jar"]
CMD ["--help"]
