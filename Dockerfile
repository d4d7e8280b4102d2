# Builds the production jar and runs it on a JRE. The embedded PostgreSQL is optional and left out
# of the jar: the container always talks to the database named by SPRING_DATASOURCE_URL.
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests package && cp target/dondoc-*.jar /app.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --home /app dondoc
WORKDIR /app
COPY --from=build /app.jar /app/app.jar
USER dondoc
EXPOSE 8080
ENV TZ=Asia/Ho_Chi_Minh
ENTRYPOINT ["java", "-jar", "/app/app.jar"]
