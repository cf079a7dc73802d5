package org.triagem.startup;

import java.util.List;
import java.util.stream.Collectors;

/**
 * What a newcomer sees on the console once the server is ready: the five pages and, on a development
 * server, who can sign in. The README shows the same lines under its first command.
 */
final class WelcomeMessage {

    private WelcomeMessage() {
    }

    static String render(String baseUrl, DemoUsers demo) {
        StringBuilder text = new StringBuilder("Triagem is ready at ").append(baseUrl).append('\n')
                .append("  Complaint form (consumer):  ").append(baseUrl).append('\n')
                .append("  Follow a case (consumer):   ").append(baseUrl).append("acompanhar.html\n")
                .append("  Staff workspace:            ").append(baseUrl).append("staff.html\n")
                .append("  Analysts' rules page:       ").append(baseUrl).append("analyst.html\n")
                .append("  Dashboard (supervisors):    ").append(baseUrl).append("painel.html\n")
                .append("  Supervision (supervisors):  ").append(baseUrl).append("supervisao.html\n");
        if (!demo.users().isEmpty()) {
            text.append("Demo users (password: <user>-demo):\n");
            for (DemoUsers.DemoUser user : demo.users()) {
                text.append(String.format("  %-9s %-19s %s", user.name(), String.join(", ", user.roles()),
                        departments(user.departments())).stripTrailing()).append('\n');
            }
        }
        return text.toString().stripTrailing();
    }

    private static String departments(List<String> departments) {
        return departments.isEmpty() ? "" : departments.stream().collect(Collectors.joining(", ", "(", ")"));
    }
}
