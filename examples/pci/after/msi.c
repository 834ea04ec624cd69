/*
 * msi.c - MSI descriptors of pass-through devices, kept on pdev->msi_list
 * under pdev->lock.
 */
#include <pci.h>

/* Drop every MSI descriptor of pdev.  Caller holds pdev->lock. */
void msi_free_all(struct pci_dev *pdev)
{
	struct msi_desc *desc, *tmp;

	ASSERT(spin_is_locked(&pdev->lock));
	list_for_each_entry_safe(desc, tmp, &pdev->msi_list, list) {
		list_del(&desc->list);
		xfree(desc);
	}
}

/* PHYSDEVOP_map_pirq, MSI flavour: bind irq to the device's MSI. */
int pci_enable_msi(u16 seg, u8 bus, u8 devfn, unsigned int irq)
{
	struct msi_desc *desc = xzalloc(struct msi_desc);
	struct pci_dev *pdev;
	int rc = 0;

	if (!desc)
		return -ENOMEM;
	desc->irq = irq;
	INIT_LIST_HEAD(&desc->list);

	pdev = pci_get_pdev(seg, bus, devfn);
	if (unlikely(!pdev)) {
		rc = -ENODEV;
		goto out;
	}
	spin_lock(&pdev->lock);
	if (!list_empty(&pdev->msi_list)) {
		rc = -EBUSY;
		goto out_unlock;
	}
	list_add_tail(&desc->list, &pdev->msi_list);
	desc = NULL;
out_unlock:
	spin_unlock(&pdev->lock);
	pcidev_put(pdev);
out:
	xfree(desc);
	return rc;
}

/* PHYSDEVOP_unmap_pirq: the guest driver released its MSI. */
int pci_disable_msi(u16 seg, u8 bus, u8 devfn)
{
	struct pci_dev *pdev = pci_get_pdev(seg, bus, devfn);

	if (!pdev)
		return -ENODEV;
	spin_lock(&pdev->lock);
	msi_free_all(pdev);
	spin_unlock(&pdev->lock);
	pcidev_put(pdev);
	return 0;
}

/*
 * Called by the virtual config space code after a guest-initiated function
 * level reset: the device forgot its MSI programming, so forget ours.  The
 * caller holds a reference on pdev.
 */
void pci_msi_flr_reset(struct pci_dev *pdev)
{
	spin_lock(&pdev->lock);
	msi_free_all(pdev);
	spin_unlock(&pdev->lock);
}
