/*
 * lib.h - basic types, compiler helpers and allocator hooks of the model.
 * The model includes no system header, so it parses the same everywhere.
 */
#ifndef MODEL_LIB_H
#define MODEL_LIB_H

typedef unsigned char u8;
typedef unsigned short u16;
typedef unsigned int u32;
typedef unsigned long long u64;
typedef long long s_time_t;
typedef _Bool bool;
#define true	1
#define false	0
#define NULL	((void *)0)

#define likely(x)	__builtin_expect(!!(x), 1)
#define unlikely(x)	__builtin_expect(!!(x), 0)
#define __maybe_unused	__attribute__((unused))

/* Compiler barrier: no memory access is cached or moved across it. */
#define barrier()	asm volatile("" ::: "memory")
#define cpu_relax()	barrier()

#define BUG()		do { __builtin_trap(); } while (0)
#define ASSERT(p)	do { if (!(p)) BUG(); } while (0)

#define ENOMEM	12
#define EBUSY	16
#define EEXIST	17
#define ENODEV	19

void printk(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
s_time_t get_s_time(void);
#define NOW()		get_s_time()
#define MILLISECS(ms)	((s_time_t)(ms) * 1000000LL)

void *xzalloc_bytes(unsigned long size);
void xfree(void *p);
#define xzalloc(type)	((type *)xzalloc_bytes(sizeof(type)))

#endif /* MODEL_LIB_H */
