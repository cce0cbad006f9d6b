from typing import Final

timeout: Final = 50 * 2
enabled: Final = not False
