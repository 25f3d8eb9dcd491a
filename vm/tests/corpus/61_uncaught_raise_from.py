# Ends with an uncaught exception raised with "from" a caught one.
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except KeyError as exc:
        raise ConfigError("port setting is missing") from exc

print("first:", read_port({"port": "8080"}))
print("second:", read_port({"host": "example"}))
