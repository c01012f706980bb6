package vn.lienhiep.membership;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Membership (Tổ chức, hội viên và đội ngũ trí thức): member organisations, persons and their memberships, the
 * expert database, terms and governing bodies, workforce statistics.
 */
@SpringBootApplication
public class MembershipServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(MembershipServiceApplication.class, args);
    }
}
