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
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --uid 1001 pilotage \
    && mkdir -p /app/data && chown pilotage /app/data
WORKDIR /app
COPY --from=build /src/target/pilotage-*.jar /tmp/pilotage.jar
# The JVM options of every start, also those of the training run below (docs/performance.md §5): heap bounded
# to a share of the container's memory; serial GC and the C1 compiler only on a small machine (2 cores): the
# optimising compiler would compete with the start-up for the two cores, and measured no faster on REST calls.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=60 -XX:+UseSerialGC -Xss512k -XX:TieredStopAtLevel=1"
# Class data sharing (Spring Boot 3.5, docs/performance.md): the jar extracted, then one training run that
# starts the context on a throw-away H2 database and stops once it is refreshed (spring.context.exit),
# writing the archive of the classes it loaded; every start then maps it instead of loading them again.
# The archive records the class path as written: the training run names the jar by the very path of the
# ENTRYPOINT (a relative "pilotage.jar" made every start refuse the archive, silently under -Xshare:auto).
RUN java -Djarmode=tools -jar /tmp/pilotage.jar extract --destination /app/application \
    && rm /tmp/pilotage.jar \
    && PILOTAGE_DATA_DIR=/tmp/cds-training PILOTAGE_NOTIFICATION_DISPATCHER_ENABLED=false \
       java -XX:ArchiveClassesAtExit=/app/application/pilotage.jsa -Dspring.context.exit=onRefresh \
       -jar /app/application/pilotage.jar \
    && rm -rf /tmp/cds-training
USER pilotage
# Production by default: PostgreSQL, no demo world (DemoProfile), an administrator required.
ENV TZ=Pacific/Noumea SPRING_PROFILES_ACTIVE=postgres
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=5 \
  CMD curl -fs http://localhost:8080/actuator/health/liveness || exit 1
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/application/pilotage.jsa", "-Xshare:auto", "-jar", "/app/application/pilotage.jar"]
