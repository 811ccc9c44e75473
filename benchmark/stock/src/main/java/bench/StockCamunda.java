package bench;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Stock Camunda 7 with its REST API: nothing but the starter's defaults and application.yaml. */
@SpringBootApplication
public class StockCamunda {
  public static void main(String[] args) {
    SpringApplication.run(StockCamunda.class, args);
  }
}
