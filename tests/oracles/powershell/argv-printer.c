/* Test-only stand-in for a native program (signtool, icacls, ...): appends the argv it received to the
 * file named by $IFG_ARGV_OUT as "<argc>\0arg0\0arg1\0...", in one write, and exits 0. Arguments of a
 * Unix process cannot contain NUL, so the record is unambiguous; bytes are written unchanged. */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int main(int argc, char **argv) {
	const char *path = getenv("IFG_ARGV_OUT");
	if (!path) return 2;
	size_t len = 16;
	for (int i = 0; i < argc; i++) len += strlen(argv[i]) + 1;
	char *buf = malloc(len);
	if (!buf) return 3;
	size_t n = (size_t)snprintf(buf, len, "%d", argc) + 1;
	for (int i = 0; i < argc; i++) {
		size_t k = strlen(argv[i]) + 1;
		memcpy(buf + n, argv[i], k);
		n += k;
	}
	int fd = open(path, O_WRONLY | O_CREAT | O_APPEND, 0600);
	if (fd < 0) return 4;
	ssize_t w = write(fd, buf, n);
	close(fd);
	return w == (ssize_t)n ? 0 : 5;
}
