# Fits a linear model to noisy data with SGD over a shuffled DataLoader; Program.cs prints the same lines.
import torch
from torch.utils.data import DataLoader, TensorDataset, random_split

torch.manual_seed(0)
x = torch.randn(100, 3)
true_w = torch.tensor([[2.0, -1.0, 0.5]])
y = x @ true_w.t() + 0.3 + 0.1 * torch.randn(100, 1)

train, val = random_split(TensorDataset(x, y), [80, 20])
loader = DataLoader(train, batch_size=16, shuffle=True)
val_x, val_y = next(iter(DataLoader(val, batch_size=len(val))))

model = torch.nn.Linear(3, 1)
loss_fn = torch.nn.MSELoss()
optimizer = torch.optim.SGD(model.parameters(), lr=0.1)
print(len(train), len(val), len(loader))
for epoch in range(8):
    total = 0.0
    for xb, yb in loader:
        optimizer.zero_grad()
        loss = loss_fn(model(xb), yb)
        loss.backward()
        optimizer.step()
        total += loss.item()
    with torch.no_grad():
        val_loss = loss_fn(model(val_x), val_y).item()
    print(f"epoch {epoch + 1}: train loss {total / len(loader):.6f}, val loss {val_loss:.6f}")
print(model.weight, model.bias)
