/*
 * iommu.h - DMA remapping units and the vendor operations table.
 */
#ifndef MODEL_IOMMU_H
#define MODEL_IOMMU_H

#include <pci.h>

/* Register window of the (simplified) remapping unit. */
#define IOMMU_REG_ECAP		0x10
#define IOMMU_REG_GCMD		0x18
#define IOMMU_REG_GSTS		0x1c
#define IOMMU_REG_RTADDR	0x20
#define IOMMU_REG_CTX_SID	0x28
#define IOMMU_REG_CTX_CMD	0x2c
#define IOMMU_REG_FSTS		0x34
#define IOMMU_REG_DEVTLB_INV	0x40
#define IOMMU_REG_FRCD		0x200

#define IOMMU_ECAP_DT		(1u << 2)
#define IOMMU_GCMD_TE		(1u << 31)
#define IOMMU_GCMD_SRTP		(1u << 30)
#define IOMMU_CMD_BUSY		(1u << 31)
#define IOMMU_FSTS_PPF		(1u << 1)
#define IOMMU_SID(bus, devfn)	(((u32)(bus) << 8) | (devfn))
#define IOMMU_PAGE_SIZE		4096

/* Vendor hooks.  All of them are called with pcidevs_lock held. */
struct iommu_ops {
	int (*assign_device)(struct domain *d, u8 devfn, struct pci_dev *pdev);
	int (*reassign_device)(struct domain *s, struct domain *t, u8 devfn,
			       struct pci_dev *pdev);
	void (*teardown)(struct domain *d);
};

/* iommu_call(ops, assign_device, d, devfn, pdev) */
#define iommu_call(ops, fn, args...)	((ops)->fn(args))

struct iommu {
	u16 seg;			/* immutable, like ats_capable/mmio/ops */
	bool ats_capable;		/* device-TLB invalidation supported */
	volatile void *mmio;		/* register window */
	const struct iommu_ops *ops;
	spinlock_t register_lock;	/* IRQ-safe: the fault IRQ takes it */
	u32 gcmd;			/* shadow of GCMD, under register_lock */
	struct list_head ats_list;	/* ATS-enabled devices behind the unit */
	spinlock_t ats_lock;		/* guards ats_list and pci_dev.ats */
};

static inline u32 iommu_readl(const struct iommu *iommu, unsigned int reg)
{
	return *(const volatile u32 *)((const volatile char *)iommu->mmio + reg);
}

static inline void iommu_writel(struct iommu *iommu, unsigned int reg, u32 val)
{
	*(volatile u32 *)((volatile char *)iommu->mmio + reg) = val;
}

/* The vendor hooks driving the unit in front of pdev. */
static inline const struct iommu_ops *pdev_ops(const struct pci_dev *pdev)
{
	return pdev->iommu->ops;
}

struct iommu *iommu_alloc(u16 seg, volatile void *mmio,
			  const struct iommu_ops *ops);
struct iommu *iommu_find(u16 seg);
void iommu_flush_dev_iotlb(struct iommu *iommu);
int enable_ats_device(struct pci_dev *pdev);
void disable_ats_device(struct pci_dev *pdev);
int pci_ats_enable(u16 seg, u8 bus, u8 devfn);

struct iommu *vtd_probe(u16 seg, volatile void *mmio, u64 root_maddr);
int vtd_enable_translation(struct iommu *iommu, u64 root_maddr);

void iommu_fault_interrupt(struct iommu *iommu);
void iommu_fault_softirq(void);

#endif /* MODEL_IOMMU_H */
