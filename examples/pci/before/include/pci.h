/*
 * pci.h - PCI segments, devices and MSI descriptors.
 *
 * Locking: one global recursive lock, _pcidevs_lock, reached only through
 * pcidevs_lock()/pcidevs_unlock(), protects every device list and every
 * mutable field of a published struct pci_dev.
 */
#ifndef MODEL_PCI_H
#define MODEL_PCI_H

#include <list.h>
#include <spinlock.h>
#include <sched.h>

#define PCI_SLOT(devfn)		(((devfn) >> 3) & 0x1f)
#define PCI_FUNC(devfn)		((devfn) & 0x07)

/* assign_device() flags: phantom function stride, quarantine on release. */
#define PT_ASSIGN_STRIDE(f)	((f) & 0x7)
#define PT_ASSIGN_QUARANTINE	0x100

/* A device faulting this often (the count decays) stays in quarantine. */
#define PT_FAULT_THRESHOLD	8
#define PT_FAULT_WINDOW		MILLISECS(10)

struct iommu;

struct pci_seg {
	struct list_head list;		/* on pci_segments (pci_seg_lock) */
	u16 nr;
	struct iommu *iommu;		/* remapping unit of the segment */
	struct list_head alldevs_list;	/* every device on the segment */
	spinlock_t alldevs_lock;	/* unused before the split */
};

struct pci_dev {
	struct list_head alldevs_list;	/* on pci_seg.alldevs_list */
	struct list_head domain_list;	/* on the owner's domain.pdev_list */
	struct list_head msi_list;	/* struct msi_desc.list */
	struct domain *domain;		/* owner; NULL means quarantined */
	struct iommu *iommu;		/* immutable, like seg/bus/devfn */
	u16 seg;
	u8 bus;
	u8 devfn;
	bool quarantine;		/* block DMA on release, don't return */
	u8 phantom_stride;		/* phantom functions: devfn + n*stride */
	struct {
		unsigned int count;	/* decaying fault counter */
		s_time_t time;		/* time of the last fault */
	} fault;
	struct pci_dev_ats {
		bool enabled;
		struct list_head list;	/* on iommu.ats_list */
	} ats;
	spinlock_t lock;		/* unused before the split */
	unsigned int refcnt;		/* unused before the split */
};

struct msi_desc {
	struct list_head list;		/* on pci_dev.msi_list */
	unsigned int irq;
};

void pcidevs_lock(void);
void pcidevs_unlock(void);
bool pcidevs_locked(void);

struct pci_seg *pci_get_pseg(u16 nr);
int pci_add_segment(u16 nr, struct iommu *iommu);
struct pci_dev *pci_get_pdev(u16 seg, u8 bus, u8 devfn);
int pci_add_device(u16 seg, u8 bus, u8 devfn);
int pci_remove_device(u16 seg, u8 bus, u8 devfn);
void pci_hotplug_event(u16 seg, u8 bus, u8 devfn, bool insert);

int assign_device(struct domain *d, u16 seg, u8 bus, u8 devfn,
		  unsigned int flags);
int deassign_device(struct domain *d, u16 seg, u8 bus, u8 devfn);
int pci_release_devices(struct domain *d);
void pt_domctl_account(unsigned int op);
void pt_dump_domctl_stats(void);

void msi_free_all(struct pci_dev *pdev);
int pci_enable_msi(u16 seg, u8 bus, u8 devfn, unsigned int irq);
int pci_disable_msi(u16 seg, u8 bus, u8 devfn);
void pci_msi_flr_reset(struct pci_dev *pdev);

#endif /* MODEL_PCI_H */
