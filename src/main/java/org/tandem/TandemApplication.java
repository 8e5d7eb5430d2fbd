package org.tandem;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

@Modulithic(systemName = "Tandem", sharedModules = "platform")
@SpringBootApplication
public class TandemApplication {

	public static void main(String[] args) {
		SpringApplication.run(TandemApplication.class, args);
	}

}
