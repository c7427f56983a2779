package app.routecard.files.storage;

/** The object store did not answer or refused: the request is answered 503 and nothing is half-written. */
public class StorageUnavailable extends RuntimeException {

    public StorageUnavailable(String message, Throwable cause) {
        super(message, cause);
    }
}
