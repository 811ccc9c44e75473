# Pilotage — image built from the sources with the Maven wrapper.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
COPY processes processes
COPY forms forms
RUN ./mvnw -B -q package -DskipTests

FROM eclipse-temurin:17-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl fontconfig fonts-dejavu-core && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 1001 pilotage \
    && mkdir -p /app/data && chown pilotage /app/data
WORKDIR /app
COPY --from=build /src/target/pilotage-*.jar /app/pilotage.jar
USER pilotage
# Production by default: PostgreSQL, no demo world (DemoProfile), an administrator required.
ENV TZ=Pacific/Noumea JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75" SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fs http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-jar", "/app/pilotage.jar"]
