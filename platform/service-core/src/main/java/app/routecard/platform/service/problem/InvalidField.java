package app.routecard.platform.service.problem;

/** Input the bean constraints cannot judge alone (a step of another job, measurements that contradict a verdict). */
public class InvalidField extends RuntimeException {

    private final String field;

    public InvalidField(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
