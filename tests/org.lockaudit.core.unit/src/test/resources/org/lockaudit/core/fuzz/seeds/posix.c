/* Fuzz seed: POSIX threads, function pointers, old-style C (written for LockAudit's fuzzing). */
typedef struct { long opaque[5]; } pthread_mutex_t;
int pthread_mutex_lock(pthread_mutex_t *m);
int pthread_mutex_unlock(pthread_mutex_t *m);
int pthread_mutex_trylock(pthread_mutex_t *m);

struct ops { void (*start)(void *); void (*stop)(void *); };
struct queue { pthread_mutex_t m; int len; int items[16]; };

static void q_start(void *p) { pthread_mutex_lock(&((struct queue *)p)->m); }
static void q_stop(void *p) { pthread_mutex_unlock(&((struct queue *)p)->m); }
static const struct ops qops = { .start = q_start, .stop = q_stop };

int push(q, v)
    struct queue *q;
    int v;
{
    qops.start(q);
    if (q->len == 16) {
        qops.stop(q);
        return -1;
    }
    q->items[q->len++] = v;
    qops.stop(q);
    return 0;
}

int pop(struct queue *q)
{
    int v = -1;
    if (pthread_mutex_trylock(&q->m) != 0)
        return v;
    while (q->len > 0) {
        v = q->items[--q->len];
        if (v)
            break;
    }
    pthread_mutex_unlock(&q->m);
    return v;
}
